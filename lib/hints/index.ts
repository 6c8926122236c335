// The hint layer's public surface for the content-script entry point.
export * from './editable-field';
export * from './text-map';
export * from './span-shift';
export * from './mirror';
export * from './scheduler';
export * from './highlights';
export * from './apply-edit';
export * from './overlay';
export * from './controller';
