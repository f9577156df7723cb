// Preloaded into the server under stress only (NODE_OPTIONS --expose-gc --import): SIGUSR2 runs a
// full garbage collection, so "memory before" and "memory after" compare retained memory, not garbage
// that has simply not been collected yet.
process.on('SIGUSR2', () => globalThis.gc?.());
