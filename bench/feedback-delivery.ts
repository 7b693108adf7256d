// Measures sending a case's feedback to many recipients on this machine: the real API and worker as
// separate processes, a scratch database with one case that N generated signals are linked to (each
// submitter with an address and consent), and a local SMTP sink. The case enters step 7 through the
// API (the prepare job makes the message and N recipients), the adviser sends it, and the script prints
// the time until every mail is queued, until every mail reached the SMTP sink, until the case closed by
// itself, and the peak memory of both processes. It asserts nothing.
// Usage: npm run bench:feedback [-- RECIPIENTS]   (builds first; default 5000)
import { withMailBench, until } from './bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 3313);
const RECIPIENTS = Number(process.argv[2] ?? 5000);

async function main(): Promise<void> {
  await withMailBench(PORT, async ({ db, call, smtp, memory }) => {
    const signal = await call('POST', '/signals', {
      title: 'Wachtlijst jeugdhulp houdt leerlingen thuis',
      description:
        'Leerlingen wachten maanden op jeugdhulp en zitten intussen thuis; de school kan niets doen.',
      domains: ['education', 'youth_care'],
      email: 'melder0@bench.example',
      consent: { contact: true, publication: false },
    });
    const opened = await call('POST', `/signals/${String(signal.id)}/open-case`, {
      title: 'Wachtlijsten jeugdhulp',
    });
    const caseId = String(opened.caseId);
    // The other submitters' signals, linked to the case straight in the table.
    await db.query(
      `INSERT INTO signals (reference, title, description, domains, email, consent_contact, locale, step,
                            case_id, linked_at, tracking_token_hash)
       SELECT 'SR-B-' || i, 'Leerling thuis door wachtlijst ' || i,
              'Ook bij ons wachten leerlingen maanden op jeugdhulp en zitten ze thuis.',
              ARRAY['education']::varchar[], 'melder' || i || '@bench.example', true,
              CASE WHEN i % 5 = 0 THEN 'en' ELSE 'nl' END, 'linked', $1, now(),
              md5('a' || i) || md5('b' || i)
         FROM generate_series(1, $2::int) AS i`,
      [caseId, RECIPIENTS - 1],
    );
    const version = async () =>
      Number((await db.query(`SELECT version FROM cases WHERE id = $1`, [caseId])).rows[0].version);
    await call('POST', `/cases/${caseId}/transitions`, {
      to: 'agenda',
      reason: 'Al breed herkend.',
      handlingOption: 'agenda_lobby',
      expectedVersion: await version(),
    });
    const table = await db.query(
      `INSERT INTO national_tables (name, kind) VALUES ('Onderwijs-Zorg-Kinderopvang-tafel', 'table') RETURNING id`,
    );
    await db.query(
      `INSERT INTO agenda_items (case_id, table_id, status, outcome, outcome_note)
       VALUES ($1, $2, 'outcome', 'commitment', 'Het ministerie onderzoekt een snellere route.')`,
      [caseId, table.rows[0].id],
    );
    await call('POST', `/cases/${caseId}/transitions`, { to: 'feedback', expectedVersion: await version() });
    let feedback: Record<string, unknown> = {};
    await until('the feedback to be prepared', async () => {
      feedback = await call('GET', `/cases/${caseId}/feedback?limit=1`);
      return true;
    });
    const total = (feedback.counts as { pending: number }).pending;
    // The first submitter's acknowledgement is out of the way, so the sink counts feedback only from here.
    await until('the acknowledgement to arrive', async () => smtp.received() >= 1);
    const baseline = smtp.received();

    const startedAt = Date.now();
    await call('POST', `/cases/${caseId}/feedback/send`, { expectedVersion: feedback.version });
    await until(
      'every mail to be queued',
      async () =>
        (await db.query(`SELECT status FROM feedback_messages WHERE case_id = $1`, [caseId])).rows[0]
          .status === 'sent',
      600_000,
    );
    const queuedMs = Date.now() - startedAt;
    await until(
      'every feedback mail to reach the SMTP sink',
      async () => smtp.received() - baseline >= total,
      600_000,
    );
    const deliveredMs = Date.now() - startedAt;
    await until(
      'the case to close by itself',
      async () =>
        (await db.query(`SELECT step FROM cases WHERE id = $1`, [caseId])).rows[0].step === 'closed',
      600_000,
    );
    const closedMs = Date.now() - startedAt;
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT to_address)::int AS recipients FROM mail_messages WHERE purpose = 'feedback'`,
    );
    memory.stop();
    console.log(
      `feedback: ${total} recipients; all mails queued in ${(queuedMs / 1000).toFixed(1)} s; ` +
        `all ${smtp.received() - baseline} delivered to SMTP in ${(deliveredMs / 1000).toFixed(1)} s ` +
        `(${rows[0].n} feedback mails for ${rows[0].recipients} recipients); ` +
        `case closed by itself after ${(closedMs / 1000).toFixed(1)} s; ` +
        `peak RSS api ${memory.peakMb('api')} MB, worker ${memory.peakMb('worker')} MB`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
