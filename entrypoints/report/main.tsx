import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '../../components/steering/ReportApp';
import { openHistory } from '../../lib/history/db';
import '../../components/fields/forms.css';
import '../../components/steering/steering.css';

render(
  <ReportApp
    deps={{
      getItem: async (key) => (await browser.storage.local.get(key))[key],
      openStore: () => openHistory(),
      browserLanguage: navigator.language,
    }}
  />,
  document.getElementById('app')!,
);
