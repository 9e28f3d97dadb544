import { render } from 'preact';
import { browser } from 'wxt/browser';
import { popupDeps } from '../../components/popup/deps';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/fields/forms.css';
import '../../components/popup/popup.css';

render(<PopupApp deps={popupDeps(browser, navigator.language)} />, document.getElementById('app')!);
