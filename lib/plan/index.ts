/** The push plan: slots, their apply windows and states, reminders, calendar. */
export * from './reminders';
export * from './rules';
export * from './schema';
export * from './state';
export * from './store';
export * from './window';
