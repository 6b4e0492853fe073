import { startOptions } from '../../src/options/options';

document.title = i18n.t('options.title');
void startOptions(document.getElementById('options')!);
