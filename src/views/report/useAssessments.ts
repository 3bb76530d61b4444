import { useEffect, useSyncExternalStore } from 'react';
import {
  ensureAssessments,
  knownAssessments,
  subscribeAssessments,
} from '../../state/assessment-store.ts';

/** The assessments kept in this browser, following writes in this and other tabs. */
export function useAssessments() {
  useEffect(() => {
    void ensureAssessments();
  }, []);
  return useSyncExternalStore(subscribeAssessments, knownAssessments);
}
