// Measures sending a targeted call to many members on this machine: the real API and worker as
// separate processes, a scratch database with N generated members, and a local SMTP sink. Prints the
// time until every member is invited (invitation + mail queued), until every mail reached the SMTP
// sink, and the peak memory of both processes. It asserts nothing.
// Usage: npm run bench:fanout [-- MEMBERS]   (builds first; default 10000)
import { withMailBench, until } from './bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 3312);
const MEMBERS = Number(process.argv[2] ?? 10_000);
const DOMAINS = ['education', 'childcare', 'youth_care', 'care', 'welfare', 'municipality'];
const REGIONS = [
  'Utrecht',
  'Amsterdam',
  'Zwolle',
  'Breda',
  'Groningen',
  'Maastricht',
  'Leeuwarden',
  'landelijk',
];

async function main(): Promise<void> {
  await withMailBench(PORT, async ({ db, call, smtp, memory }) => {
    await db.query(
      `INSERT INTO users (email, display_name, role, domains, region, organisation_type)
       SELECT 'lid' || i || '@leden.example', 'Lid ' || i, 'member',
              ARRAY[($1::text[])[1 + i % 6]]::varchar[], ($2::text[])[1 + i % 8], 'school'
         FROM generate_series(1, $3::int) AS i`,
      [DOMAINS, REGIONS, MEMBERS],
    );
    const post = (path: string, body: object) => call('POST', path, body);

    const signal = await post('/signals', {
      title: 'Wachtlijst jeugdhulp houdt leerlingen thuis',
      description:
        'Leerlingen wachten maanden op jeugdhulp en zitten intussen thuis; de school kan niets doen.',
      domains: ['education', 'youth_care'],
    });
    const opened = await post(`/signals/${String(signal.id)}/open-case`, { title: 'Wachtlijsten jeugdhulp' });
    const created = await post('/calls', {
      kind: 'targeted',
      caseId: opened.caseId,
      question: 'Herken jij dat leerlingen thuiszitten door wachtlijsten in de jeugdhulp?',
      reason: 'We willen weten of dit breder speelt voordat we het landelijk agenderen.',
      channels: ['newsletter'],
      closesAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
      audienceEveryone: true,
    });

    const startedAt = Date.now();
    await post(`/calls/${String(created.id)}/publish`, { expectedVersion: created.version });
    await until(
      'every member to be invited',
      async () => {
        const { rows } = await db.query(`SELECT fanout_completed_at FROM calls WHERE id = $1`, [created.id]);
        return rows[0].fanout_completed_at !== null;
      },
      600_000,
    );
    const invitedMs = Date.now() - startedAt;
    await until('every mail to reach the SMTP sink', async () => smtp.received() >= MEMBERS, 600_000);
    const deliveredMs = Date.now() - startedAt;
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT to_address)::int AS recipients FROM mail_messages WHERE purpose = 'call_invitation'`,
    );
    memory.stop();
    console.log(
      `fanout: ${MEMBERS} members; invited and mails queued in ${(invitedMs / 1000).toFixed(1)} s; ` +
        `all ${smtp.received()} mails delivered to SMTP in ${(deliveredMs / 1000).toFixed(1)} s ` +
        `(${rows[0].n} invitation mails for ${rows[0].recipients} recipients); ` +
        `peak RSS api ${memory.peakMb('api')} MB, worker ${memory.peakMb('worker')} MB`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
