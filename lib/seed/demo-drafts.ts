import type { DraftContent } from "@/lib/drafts/draft-schema";

// Two demo stories written for Gameday, so a newcomer sees a populated app at once:
// one that answers most probes, one that an interviewer would pick apart.
export const DEMO_DRAFTS: readonly DraftContent[] = [
  {
    title: "WAL archiver gap on the orders database",
    situation:
      "I owned the WAL archiver for our PostgreSQL fleet at a food-delivery company: a sidecar that ships every write-ahead log segment to object storage so we can restore any database to a point in time. It sits beside the data path rather than on it: commits never wait for it, but our disaster-recovery promise depends on it entirely. Forty primaries, about 9 TB of WAL a day, and the orders cluster alone peaks at 14,000 writes per second. Our targets were an RPO of 60 seconds and an RTO of 30 minutes, and the archive lag alert fired at 5 minutes.",
    task:
      "I was the owner and the on-call engineer the week this happened, and I ran the investigation and the fix myself. Success meant three checkable things: every segment since the last base backup present and verified by checksum, a restore drill that reached a point within 60 seconds of the failure, and archive lag under one minute at peak.",
    actions:
      "On a Friday evening the archive lag alert fired for the orders primary and lag climbed to 47 minutes within an hour, so our RPO was blown for the busiest database we had. The dashboards showed the archiver's upload queue depth growing while upload error rate stayed at zero, which was the odd part. I read the archiver logs and found every upload of one segment being retried with a new temporary name, and the object store's request metrics showed 300 PUTs a minute for the same prefix.\n\nMy first hypothesis was throttling by the object store; the store's 503 count was flat, so I ruled it out. My second was that a retry could never succeed. I reproduced it in staging by replaying an hour of production WAL through the archiver while a fault injector dropped 5% of upload responses after the body was sent. Within ten minutes the queue stalled exactly as in production.\n\nThe root cause was our retry logic: when a response was lost after the object had been written, the retry found the object already present and treated the checksum mismatch of its partial-write marker as corruption, so it re-queued the segment forever and blocked everything behind it. I changed the upload to be idempotent: each segment is written under a name derived from its checksum, and a retry that finds an object with a matching checksum counts as success. I also capped retries per segment and moved a stuck segment to a side queue so it cannot block the rest. The trade-off was a HEAD request per retry, a little extra latency and cost, which I accepted because a stalled archive is far worse than a slower one.\n\nI shipped it behind a flag to two low-traffic primaries first, watched lag and error rate for a day, then rolled it to the fleet in three waves with the old binary kept for instant rollback. For data repair I ran a verification job that listed every segment since the last base backup and compared checksums against the primaries; it found two segments missing, which I re-archived from the primary before they were recycled. I worked with the SRE team to run a restore drill on the orders cluster, and I told the payments team, who read from our archives, what had changed.",
    results:
      "Archive lag at peak went from a worst case of 47 minutes to under 20 seconds, and the restore drill landed 12 seconds from the target point. We have had zero stalls in the eight months since. I wrote the postmortem, and its action items are done: an invariant check that alarms when any segment is older than two minutes without a verified copy, a runbook for the side queue, and the fault-injection reproducer running in CI. Looking back, I would have built the checksum verification before we needed it; now I ask for a restore drill before I call any backup system finished.",
  },
  {
    title: "Cache outage (first attempt)",
    situation: "I worked on a backend service at my last job that was pretty important for the company. It had to be fast and reliable.",
    task: "Our team was responsible for keeping it running.",
    actions:
      "One day there were some issues and users saw errors. We looked at the dashboards and investigated several things. Eventually we found a bug in the code and fixed it, then we deployed the fix.",
    results: "After that it got much better and we learned a lot.",
  },
];
