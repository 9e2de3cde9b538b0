// Component tests: a real (in-memory) IndexedDB for the offline queue.
import 'fake-indexeddb/auto';
