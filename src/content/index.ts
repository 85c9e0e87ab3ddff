console.debug('tactful');
