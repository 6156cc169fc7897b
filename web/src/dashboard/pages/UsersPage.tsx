/** Volunteers: invite (the link is emailed and shown once), change roles and pairs, disable, invite again. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi, type AdminUser } from '../api';
import { dateTime } from '../format';
import { field } from '../forms';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';
import { useSession } from '../session';

const ROLES = ['translator', 'moderator', 'dispatcher', 'coordinator', 'admin'];
const pairsOf = (value: string) => value.split(/[\s,]+/).filter(Boolean);

function RoleBoxes({ name, selected }: { name: string; selected: string[] }) {
  const { t } = useTranslation(NS);
  return (
    <fieldset className="dash-roles">
      <legend>{t('users.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input type="checkbox" name={name} value={role} defaultChecked={selected.includes(role)} />
          {t(`roles.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}

function UserRow({
  user,
  onChanged,
  onLink,
}: {
  user: AdminUser;
  onChanged: (error?: unknown) => void;
  onLink: (link: string) => void;
}) {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  const act = (promise: Promise<unknown>) => promise.then(() => onChanged(), onChanged);
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act(
      dashboardApi.updateUser(user.id, {
        roles: form.getAll('roles').map(String),
        languagePairs: pairsOf(field(form, 'pairs')),
      }),
    );
  };
  return (
    <li className="panel dash-user-row" data-user={user.id}>
      <h2>
        {user.displayName} <span className="dash-meta">{user.email}</span>
      </h2>
      <p className="dash-meta">
        {t(`users.statuses.${user.status}`, { defaultValue: user.status })}
        {user.lockedUntil && ` · ${t('users.locked', { time: dateTime(user.lockedUntil) })}`} ·{' '}
        {t('users.lastLogin')}: {dateTime(user.lastLoginAt)}
      </p>
      <form onSubmit={save}>
        <RoleBoxes name="roles" selected={user.roles} />
        <div className="field">
          <label htmlFor={`pairs-${user.id}`}>{t('users.pairs')}</label>
          <input id={`pairs-${user.id}`} name="pairs" defaultValue={user.languagePairs.join(' ')} />
        </div>
        <div className="dash-actions">
          <button type="submit" className="button button-small">
            {t('users.save')}
          </button>
          {user.id !== me.id && user.status !== 'invited' && (
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() =>
                void act(
                  dashboardApi.updateUser(user.id, {
                    status: user.status === 'disabled' ? 'active' : 'disabled',
                  }),
                )
              }
            >
              {t(user.status === 'disabled' ? 'users.enable' : 'users.disable')}
            </button>
          )}
          {user.id !== me.id && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() =>
                window.confirm(t('users.reinviteConfirm')) &&
                void dashboardApi.reinvite(user.id).then((r) => (onLink(r.link), onChanged()), onChanged)
              }
            >
              {t('users.reinvite')}
            </button>
          )}
        </div>
      </form>
    </li>
  );
}

/** The volunteers page. */
export default function UsersPage() {
  const { t } = useTranslation(NS);
  useTitle(t('users.title'));
  const users = useLoad((signal) => dashboardApi.users(signal), []);
  const [link, setLink] = useState<string>();
  const [error, setError] = useState<unknown>();
  const changed = (caught?: unknown) => {
    setError(caught);
    users.reload();
  };
  const invite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    try {
      const result = await dashboardApi.invite({
        email: field(form, 'email'),
        roles: form.getAll('roles').map(String),
        languagePairs: pairsOf(field(form, 'pairs')),
        displayName: field(form, 'name') || undefined,
      });
      setLink(result.link);
      formElement.reset();
      changed();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <h1>{t('users.title')}</h1>
      <details className="panel">
        <summary>{t('users.invite')}</summary>
        <form onSubmit={(e) => void invite(e)}>
          <div className="field">
            <label htmlFor="invite-email">{t('users.email')}</label>
            <input id="invite-email" name="email" type="email" required />
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t('users.name')}</label>
            <input id="invite-name" name="name" maxLength={60} />
          </div>
          <RoleBoxes name="roles" selected={[]} />
          <div className="field">
            <label htmlFor="invite-pairs">{t('users.pairs')}</label>
            <input id="invite-pairs" name="pairs" />
          </div>
          <button type="submit" className="button button-small">
            {t('users.send')}
          </button>
        </form>
      </details>
      {link && (
        <p className="panel success" role="status">
          {t('users.link')} <code className="dash-data">{link}</code>
        </p>
      )}
      <ErrorLine error={users.error ?? error} />
      <ul className="dash-users">
        {users.data?.users.map((user) => (
          <UserRow key={user.id} user={user} onChanged={changed} onLink={setLink} />
        ))}
      </ul>
    </>
  );
}
