import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { problemsFromZod } from '../../platform/validation/problems.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { recordId } from '../../platform/http/route-params.ts';
import * as areasService from '../areas/service.ts';
import * as usersService from '../users/service.ts';
import * as coordinatorsService from './service.ts';
import { assignmentInput, coordinatorInput, endAssignmentInput } from './validation.ts';
import { CoordinatorEditPage } from './views/CoordinatorEditPage.tsx';
import { CoordinatorsPage } from './views/CoordinatorsPage.tsx';

export const coordinatorRoutes = new Hono<AppEnv>();

const staffOnly = requireRole('admin', 'coordinator', 'staff');
const adminOnly = requireRole('admin');

coordinatorRoutes.get('/staff/coordinators', staffOnly, async (c) => {
  const ctx = serviceContext(c);
  const [coordinators, current, areas] = await Promise.all([
    coordinatorsService.findCoordinators(ctx),
    coordinatorsService.findCurrentAssignments(ctx),
    areasService.findAllAreas(ctx),
  ]);
  return c.html(<CoordinatorsPage page={pageContext(c)} coordinators={coordinators} current={current} areas={areas} />);
});

async function renderEdit(c: AppContext, id: string | null, form?: FormState, assignmentForm?: FormState) {
  const ctx = serviceContext(c);
  const coordinator = id ? await coordinatorsService.getCoordinator(ctx, id) : null;
  const [assignments, areas, users] = await Promise.all([
    coordinator ? coordinatorsService.findAssignmentHistory(ctx, { coordinatorId: coordinator.id }) : [],
    areasService.findAllAreas(ctx),
    ctx.actor?.role === 'admin' ? usersService.findUsers(ctx) : [],
  ]);
  const values: Record<string, string> = coordinator
    ? { name: coordinator.name, nameReading: coordinator.nameReading, phone: coordinator.phone, email: coordinator.email, userId: coordinator.userId ?? '' }
    : {};
  return c.html(
    <CoordinatorEditPage
      page={pageContext(c)}
      coordinator={coordinator}
      form={form ?? { values, errors: {} }}
      assignments={assignments}
      areas={areas}
      users={users}
      assignmentForm={assignmentForm}
    />,
  );
}

coordinatorRoutes.get('/staff/coordinators/new', adminOnly, (c) => renderEdit(c, null));

coordinatorRoutes.post('/staff/coordinators', adminOnly, async (c) =>
  handleFormSubmission(
    c,
    coordinatorInput,
    async (input) => {
      const row = await coordinatorsService.createCoordinator(serviceContext(c), input);
      setFlash(c, 'coordinators.saved');
      return c.redirect(`/staff/coordinators/${row.id}`, 303);
    },
    (form) => renderEdit(c, null, form),
  ),
);

coordinatorRoutes.get('/staff/coordinators/:id', staffOnly, (c) => renderEdit(c, recordId(c.req.param('id'))));

coordinatorRoutes.post('/staff/coordinators/:id', adminOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    coordinatorInput,
    async (input) => {
      await coordinatorsService.updateCoordinator(serviceContext(c), id, input);
      setFlash(c, 'coordinators.saved');
      return c.redirect(`/staff/coordinators/${id}`, 303);
    },
    (form) => renderEdit(c, id, form),
  );
});

coordinatorRoutes.post('/staff/coordinators/:id/assignments', adminOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    assignmentInput,
    async (input) => {
      await coordinatorsService.assignCoordinator(serviceContext(c), id, input);
      setFlash(c, 'coordinators.assignmentSaved');
      return c.redirect(`/staff/coordinators/${id}`, 303);
    },
    (assignmentForm) => renderEdit(c, id, undefined, assignmentForm),
  );
});

coordinatorRoutes.post('/staff/assignments/:id/end', adminOnly, async (c) => {
  const ctx = serviceContext(c);
  const id = recordId(c.req.param('id'));
  const parsed = endAssignmentInput.safeParse(await c.req.parseBody());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error));
  const assignment = await coordinatorsService.endAssignment(ctx, id, parsed.data);
  setFlash(c, 'coordinators.assignmentEnded');
  return c.redirect(`/staff/coordinators/${assignment.coordinatorId}`, 303);
});
