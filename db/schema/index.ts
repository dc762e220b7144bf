export * from './accounts';
export * from './catalog';
export * from './notifications';
export * from './sandbox';
export * from './tracking';
