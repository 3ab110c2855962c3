// Keyboard-accessible lightbox on a native <dialog>: Enter opens, ←/→ move, Esc closes (built in),
// focus returns to the thumbnail that opened it.
export function setupLightbox(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-lightbox-dialog]');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-lightbox]')];
  if (!dialog || links.length === 0 || typeof dialog.showModal !== 'function') return;
  // Made here rather than in the page: an <img> without src is invalid HTML.
  const img = document.createElement('img');
  img.dataset.lbImg = '';
  img.alt = '';
  dialog.querySelector('[data-lb-figure]')!.prepend(img);
  const caption = dialog.querySelector<HTMLElement>('[data-lb-caption]')!;
  const status = dialog.querySelector<HTMLElement>('[data-lb-status]')!;
  let index = 0;

  const show = (i: number) => {
    index = (i + links.length) % links.length;
    const link = links[index]!;
    img.src = link.href;
    img.alt = link.querySelector('img')?.alt ?? '';
    caption.textContent = link.dataset.caption ?? '';
    status.textContent = `Ảnh ${index + 1} / ${links.length}`;
  };

  links.forEach((link, i) =>
    link.addEventListener('click', (e) => {
      e.preventDefault();
      show(i);
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('[data-lb-close]')!.focus();
    }),
  );
  dialog.querySelector('[data-lb-close]')!.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-lb-prev]')!.addEventListener('click', () => show(index - 1));
  dialog.querySelector('[data-lb-next]')!.addEventListener('click', () => show(index + 1));
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft') show(index - 1);
    else if (e.key === 'ArrowRight') show(index + 1);
  });
  dialog.addEventListener('close', () => links[index]!.focus());
}
