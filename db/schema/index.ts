export * from './accounts';
export * from './catalog';
export * from './conversions';
export * from './network-secrets';
export * from './notifications';
export * from './sandbox';
export * from './tracking';
