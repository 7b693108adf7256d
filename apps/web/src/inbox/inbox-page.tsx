// `/inbox`: the adviser's new signals with, next to them, the opened signal and its suggestions.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { BulkArchive } from './bulk-archive';
import { NO_SELECTION, toggled, without, type Selection } from './selection';
import { SignalQueue } from './signal-queue';
import { TriagePanel, type Decided } from './triage-panel';

export function InboxPage() {
  const { t } = useI18n();
  usePageTitle(t('inbox.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('inbox.heading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>{() => <Inbox />}</StaffOnly>
    </div>
  );
}

function Inbox() {
  const { t } = useI18n();
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [openedId, setOpenedId] = useState<string>();
  const [round, setRound] = useState(0);
  const [decided, setDecided] = useState<{ outcome: Outcome; caseId?: string | null }>();
  const reloadLists = () => setRound((r) => r + 1);

  const onDecided = ({ message, caseId, ids }: Decided) => {
    setDecided({ outcome: { type: 'ok', message }, caseId });
    setSelection((current) => without(current, ids));
    setOpenedId(undefined);
    reloadLists();
  };

  const listProps = {
    round,
    selection,
    onToggle: (signal: { id: string; reference: string }) =>
      setSelection((current) => toggled(current, signal.id, signal.reference)),
    openedId,
    onOpen: (id: string) => {
      setDecided(undefined);
      setOpenedId(id);
    },
  };

  return (
    <>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      <OutcomeMessage outcome={decided?.outcome} />
      {decided?.caseId && (
        <Paragraph>
          <RouterLink to={`/knelpunten/${decided.caseId}`}>{t('inbox.detail.toCase')}</RouterLink>
        </Paragraph>
      )}
      <div className={openedId ? 'sr-inbox sr-inbox--open' : 'sr-inbox'}>
        <div className="sr-inbox__lists">
          <BulkArchive
            selection={selection}
            onClear={() => setSelection(NO_SELECTION)}
            onDone={(ids) => {
              setSelection((current) => without(current, ids));
              if (openedId && ids.includes(openedId)) setOpenedId(undefined);
              reloadLists();
            }}
          />
          <SignalQueue step="triage" heading={t('inbox.triageHeading')} {...listProps} />
          <SignalQueue step="intake" heading={t('inbox.intakeHeading')} {...listProps} />
        </div>
        {openedId && (
          <TriagePanel
            key={openedId}
            signalId={openedId}
            selection={selection}
            onDecided={onDecided}
            onConflict={reloadLists}
            onClose={() => setOpenedId(undefined)}
          />
        )}
      </div>
    </>
  );
}
