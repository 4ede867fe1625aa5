import type { Messages } from '../types'

export const app: Messages['app'] = {
  name: 'Lambdascope',
  tagline: 'AWS Lambda が関数をどう呼び出し、失敗したときに何が起きるのかを見てみましょう。',
  skipToCanvas: 'キャンバスへ移動',
}
