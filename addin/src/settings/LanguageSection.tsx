import { Field, Select, Subtitle2 } from '@fluentui/react-components';
import { pickLanguage, switchLanguage } from '../i18n';
import { storeLanguage } from './language';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

export function LanguageSection() {
  const { t, i18n } = useLazyTranslation(settingsStrings);
  return (
    <section>
      <Subtitle2 as="h2">{t('settings.languageHeading')}</Subtitle2>
      <Field label={t('settings.language')}>
        <Select
          value={pickLanguage(i18n.language)}
          onChange={(_, data) => {
            const language = pickLanguage(data.value);
            storeLanguage(language);
            document.documentElement.lang = language;
            void switchLanguage(i18n, language);
          }}
        >
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </Select>
      </Field>
    </section>
  );
}
