// Load on `gransk serve` over loopback: C concurrent clients each fetch the
// search page (results and facets, as a browser would) for the queries in
// bench/queries.tsv, R rounds; prints median, p95 and max latency and the
// throughput. Bounded: C × R × queries requests, then it stops.
//   node bench/serve_load.mjs URL QUERIES.tsv [clients=8] [rounds=3]
import fs from "node:fs";

const [, , base, queriesPath, clientsArg = "8", roundsArg = "3"] = process.argv;
const queries = fs.readFileSync(queriesPath, "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[0]);
const clients = Number(clientsArg), rounds = Number(roundsArg);
const times = [];
let failed = 0;

async function client(id) {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < queries.length; i++) {
      // Each client starts at a different query, so they do not move in step.
      const q = queries[(i + id * 5) % queries.length];
      const t0 = performance.now();
      const res = await fetch(`${base}?q=${encodeURIComponent(q)}`);
      const body = await res.text();
      times.push(performance.now() - t0);
      if (res.status !== 200 || !body.includes("träff")) failed++;
    }
  }
}

const start = performance.now();
await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
const wall = (performance.now() - start) / 1000;
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`sök-sidan, ${clients} samtidiga klienter, ${times.length} förfrågningar på ${wall.toFixed(1)} s ` +
  `(${(times.length / wall).toFixed(0)}/s): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
  `max ${times[times.length - 1].toFixed(1)} ms, misslyckade ${failed}`);
console.log(`PAGE_P95_MS=${at(0.95).toFixed(1)}`);
process.exit(failed ? 1 : 0);
