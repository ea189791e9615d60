import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';

/** Choose a guidebook and download it as PDF; a plain GET form, no script. */
export function GuidebookPage({ page, areas }: { page: PageContext; areas: AreaWithDistricts[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('guidebook.title')}>
      <h1>{t('guidebook.title')}</h1>
      <p class="lead">{t('guidebook.lead')}</p>
      <form method="get" action="/guidebooks/guidebook.pdf" class="stacked">
        <input type="hidden" name="lang" value={page.locale} />
        <fieldset class="field">
          <legend>{t('guidebook.kind')}</legend>
          <span class="checkbox-option">
            <input type="radio" id="kind-needs" name="kind" value="needs" checked />
            <label for="kind-needs">{t('guidebook.kind.needs')}</label>
          </span>
          <span class="checkbox-option">
            <input type="radio" id="kind-handbook" name="kind" value="handbook" />
            <label for="kind-handbook">{t('guidebook.kind.handbook')}</label>
          </span>
        </fieldset>
        <div class="field">
          <label for="area">{t('resources.area')}</label>
          <select id="area" name="area">
            <option value="">{t('guidebook.wholeCity')}</option>
            {/* The 第1層 area (市全域) is the whole city already offered above: one 「全域」, not two. */}
            {areas
              .filter((a) => a.tier > 1)
              .map((a) => (
                <option value={a.id}>{a.name}</option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="district">{t('resources.district')}</label>
          <select id="district" name="district">
            <option value="">{t('resources.anyValue')}</option>
            {areas.flatMap((a) =>
              a.districts.map((d) => (
                <option value={d.id}>
                  {a.name} {d.name}
                </option>
              )),
            )}
          </select>
        </div>
        <div class="field field--checkbox">
          <input type="checkbox" id="largePrint" name="largePrint" value="1" />
          <label for="largePrint">{t('guidebook.largePrint')}</label>
        </div>
        <div class="actions">
          <button type="submit">{t('guidebook.download')}</button>
        </div>
      </form>
    </Layout>
  );
}
