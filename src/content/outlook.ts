// The content script of Outlook on the web (manifest: the outlook hosts of src/shared/hosts.ts).
import { outlook } from './sites/outlook/adapter';
import { start } from './start';

start(outlook);
