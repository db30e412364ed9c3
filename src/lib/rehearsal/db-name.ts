/** The IndexedDB database of rehearsals and mock interviews (store.ts), by name: a page can ask whether this device has one without loading the store. */
export const DB_NAME = 'study-rehearsals';
