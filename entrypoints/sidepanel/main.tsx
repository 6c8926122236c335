import { mountBuilder } from '../popup/mount-builder';

void mountBuilder('sidepanel');
