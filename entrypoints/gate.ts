import { sendMessage } from '../src/messaging/protocol';
import { extensionAlive, namesNorthKorea, watchForTopic } from '../src/page/topic-gate';

// The gate on every page (listed in the manifest by wxt.config.ts): one textContent
// read and keyword test, and nothing else. Only a page that names North Korea, now
// or in content that arrives later, gets the scanner and its styles.
export default defineUnlistedScript(() => {
  const root = document.body ?? document.documentElement;
  const requestScanner = () => void sendMessage('scanFrame').catch(() => undefined);
  if (namesNorthKorea(root)) requestScanner();
  else watchForTopic(root, requestScanner, extensionAlive);
});
