import { describe, expect, it } from 'vitest';
import { videoHostName } from '../src/lib/video-host';

describe('videoHostName', () => {
  it('names well-known services and otherwise the host', () => {
    expect(videoHostName('https://www.youtube.com/watch?v=Dk8vQm2ZpLw')).toBe('YouTube');
    expect(videoHostName('https://youtu.be/Dk8vQm2ZpLw')).toBe('YouTube');
    expect(videoHostName('https://m.facebook.com/watch/?v=1')).toBe('Facebook');
    expect(videoHostName('https://www.dienbientv.vn/video/abc')).toBe('dienbientv.vn');
    // A look-alike host is not the service.
    expect(videoHostName('https://notyoutube.com/x')).toBe('notyoutube.com');
  });
});
