import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { updateTenantSettings } from './service.ts';
import { tenantSettingsInput } from './validation.ts';
import { SettingsPage } from './views/SettingsPage.tsx';

export const settingsRoutes = new Hono<AppEnv>();
const adminOnly = requireRole('admin');

settingsRoutes.get('/staff/settings', adminOnly, (c) => {
  const tenant = c.get('tenant');
  const values = {
    name: tenant.name,
    nameReading: tenant.nameReading,
    officeName: tenant.officeName,
    phone: tenant.phone,
    fax: tenant.fax,
    email: tenant.email,
    postalCode: tenant.postalCode,
    address: tenant.address,
    confirmationIntervalMonths: String(tenant.confirmationIntervalMonths),
    residentDataRetentionYears: String(tenant.residentDataRetentionYears),
    arrivalNoticeTo: tenant.arrivalNoticeTo,
    arrivalNoticeNamesPerson: tenant.arrivalNoticeNamesPerson ? 'on' : '',
  };
  return c.html(<SettingsPage page={pageContext(c)} form={{ values, errors: {} }} />);
});

settingsRoutes.post('/staff/settings', adminOnly, async (c) =>
  handleFormSubmission(
    c,
    tenantSettingsInput,
    async (input) => {
      await updateTenantSettings(serviceContext(c), input);
      setFlash(c, 'settings.saved');
      return c.redirect('/staff/settings', 303);
    },
    (form) => c.html(<SettingsPage page={pageContext(c)} form={form} />),
  ),
);
