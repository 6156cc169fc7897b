/**
 * `letterbridge users …`: volunteer accounts from the console — how the first admin is made.
 *   users create --email E --role R [--role R2] [--pair de-ru] [--name N]   prints a one-time invitation link
 *   users list                                                              every volunteer
 *   users disable --email E                                                 disables and signs out
 *   users reinvite --email E                                                wipes password and 2FA, prints a new link
 * Actions are audited with the actor `cli`.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { CLI_ACTOR_ID, inviteVolunteer, listUsers, reinviteUser, updateUser } from '../../server/admin/users';
import { findUserByEmail } from '../../server/auth/users';
import { badRequest, notFound } from '../../server/errors';
import { ROLES } from '../../server/policies';
import { withApp } from '../context';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Validates options with zod; a mistake becomes one readable line instead of a stack trace. */
function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw badRequest('invalid_option', `--${issue.path.join('.') || 'option'}: ${issue.message}`);
}

const CreateOptions = z.object({
  email: z.string().trim().pipe(z.email()),
  role: z.array(z.enum(ROLES)).min(1, 'give at least one --role'),
  pair: z
    .array(z.string().regex(/^(?:[a-z]{2}-ru|ru-[a-z]{2})$/, 'pairs look like de-ru or ru-de'))
    .default([]),
  name: z.string().trim().max(60).optional(),
});
const EmailOption = z.object({ email: z.string().trim().pipe(z.email()) });

/** Registers `users` and its subcommands. */
export function register(program: Command): void {
  const users = program
    .command('users')
    .description('volunteer accounts: invite, list, disable, invite again');

  users
    .command('create')
    .description('invite a volunteer; prints a one-time link to set a password and two-factor sign-in')
    .requiredOption('--email <email>', 'their email address')
    .option('--role <role>', `a role (repeat for several): ${ROLES.join(', ')}`, collect, [])
    .option('--pair <pair>', 'a language pair a translator works in, e.g. de-ru (repeatable)', collect, [])
    .option('--name <name>', 'display name shown to other volunteers')
    .action(async (raw: unknown) => {
      const options = parseOptions(CreateOptions, raw);
      const invitation = await withApp((rt) =>
        inviteVolunteer(
          rt,
          { type: 'cli' },
          {
            email: options.email,
            roles: options.role,
            languagePairs: options.pair,
            displayName: options.name,
          },
          { mail: false },
        ),
      );
      process.stdout.write(
        `Invitation for ${options.email} (${options.role.join(', ')}), valid until ${invitation.expiresAt.toISOString()}:\n${invitation.link}\n` +
          'Give the link to the volunteer through a channel you trust; it works once.\n',
      );
    });

  users
    .command('list')
    .description('list every volunteer')
    .action(async () => {
      const rows = await withApp((rt) => listUsers(rt));
      if (rows.length === 0)
        process.stdout.write(
          'No volunteers yet. Invite the first admin with: letterbridge users create --email E --role admin\n',
        );
      for (const u of rows) {
        process.stdout.write(
          `${u.id}  ${u.status.padEnd(8)}  ${u.email}  ${u.displayName}  [${u.roles.join(', ')}]${u.languagePairs.length ? ` ${u.languagePairs.join(' ')}` : ''}\n`,
        );
      }
    });

  users
    .command('disable')
    .description('disable a volunteer and end their sessions')
    .requiredOption('--email <email>', 'their email address')
    .action(async (raw: unknown) => {
      const { email } = parseOptions(EmailOption, raw);
      await withApp(async (rt) => {
        const user = await findUserByEmail(rt.db, rt.keys, email);
        if (!user) throw notFound('user');
        await updateUser(rt.db, CLI_ACTOR_ID, user.id, { status: 'disabled' });
      });
      process.stdout.write(`Disabled ${email}; their sessions have ended.\n`);
    });

  users
    .command('reinvite')
    .description("wipe a volunteer's password and two-factor sign-in and print a new invitation link")
    .requiredOption('--email <email>', 'their email address')
    .action(async (raw: unknown) => {
      const { email } = parseOptions(EmailOption, raw);
      const invitation = await withApp(async (rt) => {
        const user = await findUserByEmail(rt.db, rt.keys, email);
        if (!user) throw notFound('user');
        return reinviteUser(rt, CLI_ACTOR_ID, user.id, { mail: false });
      });
      process.stdout.write(`New invitation for ${email}:\n${invitation.link}\n`);
    });
}
