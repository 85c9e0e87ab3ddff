document.getElementById('app')!.textContent = 'Tactful';
