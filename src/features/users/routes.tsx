import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { sessionLifetimeMs } from '../../platform/auth/session-store.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { clearAppCookie, clientAddress, cookieNames, setAppCookie, setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { sameSitePath } from '../../platform/http/same-site-path.ts';
import * as usersService from './service.ts';
import { createUserInput, signInInput, updateUserInput } from './validation.ts';
import { SignInPage } from './views/SignInPage.tsx';
import { UserEditPage } from './views/UserEditPage.tsx';
import { UsersPage } from './views/UsersPage.tsx';

export const userRoutes = new Hono<AppEnv>();

/** Only same-site paths, so a crafted link cannot bounce a fresh sign-in elsewhere. */
function pathAfterSignIn(c: AppContext, next: string | undefined): string {
  return sameSitePath(next, new URL(c.req.url).origin) ?? '/staff';
}

userRoutes.get('/login', (c) => {
  if (c.get('actor')) return c.redirect('/staff', 303);
  return c.html(<SignInPage page={pageContext(c)} form={{ values: { next: c.req.query('next') ?? '' }, errors: {} }} />);
});

userRoutes.post('/login', async (c) =>
  handleFormSubmission(
    c,
    signInInput,
    async (input) => {
      const outcome = await usersService.signIn(serviceContext(c), input, clientAddress(c));
      if (!outcome.ok) {
        c.status(outcome.messageKey === 'auth.invalidCredentials' ? 401 : 429);
        return c.html(<SignInPage page={pageContext(c)} form={{ values: { email: input.email, next: input.next ?? '' }, errors: {} }} problem={c.get('t')(outcome.messageKey, outcome.params)} />);
      }
      setAppCookie(c, cookieNames.session, outcome.sessionToken, sessionLifetimeMs / 1000);
      return c.redirect(pathAfterSignIn(c, input.next), 303);
    },
    (form) => c.html(<SignInPage page={pageContext(c)} form={form} />),
  ),
);

userRoutes.post('/logout', async (c) => {
  const token = c.get('sessionToken');
  if (token) await usersService.signOut(serviceContext(c), token);
  clearAppCookie(c, cookieNames.session);
  setFlash(c, 'auth.signedOut');
  return c.redirect('/', 303);
});

const adminOnly = requireRole('admin');

userRoutes.get('/staff/users', adminOnly, async (c) => {
  const users = await usersService.findUsers(serviceContext(c));
  return c.html(<UsersPage page={pageContext(c)} users={users} />);
});

userRoutes.get('/staff/users/new', adminOnly, (c) => c.html(<UserEditPage page={pageContext(c)} userId={null} form={{ values: { role: 'staff' }, errors: {} }} />));

userRoutes.post('/staff/users', adminOnly, async (c) =>
  handleFormSubmission(
    c,
    createUserInput,
    async (input) => {
      await usersService.createUser(serviceContext(c), input);
      setFlash(c, 'users.saved');
      return c.redirect('/staff/users', 303);
    },
    (form) => c.html(<UserEditPage page={pageContext(c)} userId={null} form={form} />),
  ),
);

userRoutes.get('/staff/users/:id', adminOnly, async (c) => {
  const user = await usersService.getUser(serviceContext(c), recordId(c.req.param('id')));
  const values = { email: user.email, displayName: user.displayName, nameReading: user.nameReading, role: user.role, isActive: user.isActive ? 'on' : '' };
  return c.html(<UserEditPage page={pageContext(c)} userId={user.id} form={{ values, errors: {} }} />);
});

userRoutes.post('/staff/users/:id', adminOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    updateUserInput,
    async (input) => {
      await usersService.updateUser(serviceContext(c), id, input);
      setFlash(c, 'users.saved');
      return c.redirect('/staff/users', 303);
    },
    (form) => c.html(<UserEditPage page={pageContext(c)} userId={id} form={form} />),
  );
});
