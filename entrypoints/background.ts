import { registerBackground } from '../src/background/register-background';

export default defineBackground(() => {
  registerBackground();
});
