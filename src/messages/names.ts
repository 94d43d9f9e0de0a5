/**
 * What the add-on says when a model or region name typed by a user is not known, or names several things. A name
 * that could mean two things is asked about, never guessed: the message lists every candidate.
 */
import { section } from './section';

export const names = section({
  en: {
    'unknown-model':
      'Unknown model {typed:q}. Closest known models: {near:q}. Use a Bedrock model ID, name or alias (=BEDROCK_MODELS() lists them), or give your own price in the last argument.',
    'unknown-region':
      'Unknown region {typed:q}. Closest: {near:q}. Use a region code ("us-east-1", "ap-northeast-1"), an AWS name ("Asia Pacific (Tokyo)") or a city ("Tokyo").',
    'ambiguous-model': '{typed:q} names several models: {candidates:q}. Say which one by its ID or full name.',
    'ambiguous-region': '{typed:q} names several regions: {candidates:q}. Say which one by its code.',
    'ambiguous-model-more': '{typed:q} names several models: {candidates:q} and {count} more. Say which one by its ID or full name.',
    'ambiguous-region-more': '{typed:q} names several regions: {candidates:q} and {count} more. Say which one by its code.',
  },
  ja: {
    'unknown-model':
      'モデル{typed:q}は見つかりません。近いモデル: {near:q}。BedrockのモデルID・モデル名・別名で指定してください（「=BEDROCK_MODELS()」で一覧できます）。最終引数に単価を指定することもできます。',
    'unknown-region':
      'リージョン{typed:q}は見つかりません。近いリージョン: {near:q}。リージョンコード（「us-east-1」「ap-northeast-1」）、AWSの名称（「アジアパシフィック (東京)」）または都市名（「東京」）で指定してください。',
    'ambiguous-model': '{typed:q}に当てはまるモデルが複数あります: {candidates:q}。モデルIDか正式名でどれか1つを指定してください。',
    'ambiguous-region': '{typed:q}に当てはまるリージョンが複数あります: {candidates:q}。リージョンコードでどれか1つを指定してください。',
    'ambiguous-model-more':
      '{typed:q}に当てはまるモデルが複数あります: {candidates:q}ほか{count}件。モデルIDか正式名でどれか1つを指定してください。',
    'ambiguous-region-more':
      '{typed:q}に当てはまるリージョンが複数あります: {candidates:q}ほか{count}件。リージョンコードでどれか1つを指定してください。',
  },
});
