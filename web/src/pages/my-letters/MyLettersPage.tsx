/**
 * My letters: every letter of this email, opened from an emailed link (no password), each with
 * the replies that answer it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { fetchMyLetters, fetchMyReplies } from '../../api/writer';
import { ErrorNotice, Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { LetterItem } from './LetterItem';
import { MyData } from './MyData';

/** The My letters page. */
export default function MyLettersPage() {
  const { t } = useTranslation();
  useTitle(t('myLetters.title'));
  const [params] = useSearchParams();
  const [gone, setGone] = useState<'deleted' | 'signedOut' | null>(null);
  const list = useLoad(async (s) => {
    const [{ letters }, { replies }] = await Promise.all([fetchMyLetters(s), fetchMyReplies(s)]);
    return { letters, replies };
  }, []);

  if (gone) {
    return (
      <section className="narrow">
        <h1>{t('myLetters.heading')}</h1>
        <p className="panel success" role="status">
          {t(gone === 'deleted' ? 'myLetters.deletedDone' : 'myLetters.signedOutDone')}
        </p>
        <Link to="/">{t('nav.home')}</Link>
      </section>
    );
  }
  if (list.error instanceof ApiError && list.error.status === 401) {
    return (
      <section className="narrow">
        <h1>{t('myLetters.heading')}</h1>
        <p>{t('myLetters.signInNeeded')}</p>
        <Link className="button" to="/my-letters/sign-in">
          {t('myLetters.signInLink')}
        </Link>
      </section>
    );
  }
  if (list.error) return <ErrorNotice error={list.error} />;
  if (!list.data) return <Loading />;

  return (
    <>
      <h1>{t('myLetters.heading')}</h1>
      {params.get('confirmed') && (
        <p className="panel success" role="status">
          {t('myLetters.confirmedNow')}
        </p>
      )}
      <p className="muted">{t('myLetters.count', { count: list.data.letters.length })}</p>
      {list.data.letters.length === 0 && (
        <p>
          <Link to="/prisoners">{t('home.findSomeone')}</Link>
        </p>
      )}
      <div className="letter-list">
        {list.data.letters.map((letter) => (
          <LetterItem
            key={letter.id}
            letter={letter}
            replies={list.data!.replies.filter((r) => r.letterId === letter.id)}
            answers={list.data!.replies.find((r) => r.id === letter.inReplyToReplyId)}
            onChange={list.reload}
          />
        ))}
      </div>
      <MyData onGone={setGone} />
    </>
  );
}
