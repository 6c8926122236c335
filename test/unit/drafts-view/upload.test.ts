// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readUpload } from '@/components/drafts/upload';

function chosen(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text'; // a file input's value cannot be set by a script; the clearing is the same
  input.value = 'C:\\fakepath\\drafts.json';
  return input;
}

describe('readUpload', () => {
  it('gives the text and clears the input for the next choice', async () => {
    const input = chosen();
    const upload = await readUpload(input, new File(['{"drafts":[]}'], 'drafts.json'));
    expect(upload).toEqual({ ok: true, text: '{"drafts":[]}' });
    expect(input.value).toBe('');
  });

  it('says why a file could not be read, and still clears the input', async () => {
    const input = chosen();
    const broken = new File([''], 'drafts.json');
    broken.text = () => Promise.reject(new Error('The file was moved'));
    expect(await readUpload(input, broken)).toEqual({ ok: false, reason: 'The file was moved' });
    expect(input.value).toBe('');
  });
});
