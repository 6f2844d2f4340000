// Makes property runs reproducible: FC_SEED replays a CI failure, FC_NUM_RUNS scales the runs.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
fc.configureGlobal({
  numRuns: Number(process.env.FC_NUM_RUNS ?? 100),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});
