import { startPopup } from '../../src/popup/popup';

document.title = i18n.t('extName');
void startPopup(document.getElementById('popup')!, new URLSearchParams(location.search));
