// Optional auto-height for the iframe variant: sizes each Startklar iframe
// to the height its page reports, so it never shows a scrollbar.
addEventListener('message', (event) => {
  if (event.data?.type !== 'startklar:height') return;
  for (const frame of document.querySelectorAll('iframe[data-startklar]')) {
    if (frame.contentWindow === event.source) frame.height = event.data.height;
  }
});
