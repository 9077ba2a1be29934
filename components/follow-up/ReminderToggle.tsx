import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NOTIFY_SETTING_KEY, notificationsWanted } from '../../lib/partnership';
import { t } from '../../lib/i18n';

const PERMISSION = { permissions: ['notifications'] as const };

/** Daily notifications of what is due: off by default, the permission asked on the counsellor's click. */
export function ReminderToggle() {
  const [on, setOn] = useState<boolean>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      const wanted = await notificationsWanted(browser.storage.local);
      setOn(wanted && (await browser.permissions.contains({ permissions: [...PERMISSION.permissions] })));
    })();
  }, []);

  function change(checked: boolean) {
    if (!checked) {
      setOn(false);
      setMessage(t('followNotifyOff'));
      void browser.storage.local.set({ [NOTIFY_SETTING_KEY]: false });
      void browser.permissions.remove({ permissions: [...PERMISSION.permissions] });
      return;
    }
    // Asked within the click itself: browsers refuse a permission request made later.
    void browser.permissions.request({ permissions: [...PERMISSION.permissions] }).then(async (granted) => {
      await browser.storage.local.set({ [NOTIFY_SETTING_KEY]: granted });
      setOn(granted);
      setMessage(granted ? t('followNotifyOn') : t('followNotifyRefused'));
    });
  }

  if (on === undefined) return null;
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('followNotifyHeading')}</h2>
      <p class="muted">{t('followNotifyIntro')}</p>
      <label class="checkbox">
        <input type="checkbox" id="follow-up-notify" checked={on} onChange={(event) => change((event.target as HTMLInputElement).checked)} /> {t('followNotifyLabel')}
      </label>
      <p role="status" class="muted">{message}</p>
    </section>
  );
}
