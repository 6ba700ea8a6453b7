// One lazy chunk for the information point: its fonts for Latin Extended and Cyrillic come with it.
export { InfoPointIndexPage } from './info-point-index-page';
export { InfoPointPage } from './info-point-page';
