/** Loads something from the API for a view, with its error and a way to load it again. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(undefined);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
