// Runs before the main bundle (a classic script, copied as it is): asks for the histogram and, for a network sent
// whole, for /api/timeline at once, so the network downloads while the bundle loads; client/src/api.ts takes them over.
(() => {
  const ask = (path) => fetch(path, { headers: { Accept: 'application/json' } });
  const histogram = ask('/api/histogram');
  const sentWhole = async (response) => response.ok && (await response.clone().json()).delivery === 'whole';
  const timeline = histogram.then(async (response) => ((await sentWhole(response)) ? ask('/api/timeline') : null)).catch(() => null);
  globalThis.__hulianEarly = { '/api/histogram': histogram, '/api/timeline': timeline };
})();
