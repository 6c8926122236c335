import { defineBackground } from '#imports';
import { startBackground } from '@/lib/background/start-background';

// Composition only: message router, context menu and commands are wired in lib/background.
export default defineBackground(() => startBackground());
