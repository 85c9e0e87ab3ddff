// The content script of Gmail's pages (manifest: the gmail hosts of src/shared/hosts.ts).
import { gmail } from './sites/gmail/adapter';
import { start } from './start';

start(gmail);
