import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText, storageDeps } from '../../components/forms/extension-deps';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/forms/forms.css';
import '../../components/options/options.css';

const deps = { ...storageDeps(browser, navigator.language), download: downloadText };
render(<OptionsApp deps={deps} />, document.getElementById('app')!);
