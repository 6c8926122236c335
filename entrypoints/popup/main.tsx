import { mountBuilder } from './mount-builder';

// `popup.html?view=tab` is the same app opened in a full tab.
void mountBuilder(new URLSearchParams(location.search).get('view') === 'tab' ? 'tab' : 'popup');
