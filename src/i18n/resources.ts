import { en } from './en/index'
import { ja } from './ja/index'

/**
 * Every language, bundled together: for tests and scripts only. The app ships English with its first frame and loads
 * the other languages on demand (`setLanguage` in index.ts); importing this from app code would pull every language
 * into the first chunk.
 */
export const resources = { en: { translation: en }, ja: { translation: ja } } as const
