import { Field, Select, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { pickLanguage, switchLanguage } from '../i18n';
import { storeLanguage } from './language';

export function LanguageSection() {
  const { t, i18n } = useTranslation();
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
