export * from './catalog';
export * from './notifications';
