import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText, storageDeps } from '../../components/fields/extension-deps';
import { OptionsApp } from '../../components/options/OptionsApp';
import { type ReminderBrowser, reminderDeps } from '../../components/steering/reminder-browser';
import '../../components/fields/forms.css';
import '../../components/options/options.css';

const deps = {
  ...storageDeps(browser, navigator.language),
  download: downloadText,
  reminder: reminderDeps(browser as unknown as ReminderBrowser),
};
render(<OptionsApp deps={deps} />, document.getElementById('app')!);
