// Markup with every class the engine's stylesheets name that a demo page may lack (code blocks, diagrams,
// tables, series, comments, author and archive listings…), added to a post page by bench/css-diff.mjs on
// both builds alike, so a change of those rules shows too. Add here what a new rule styles.
export const inProse = `
<h2 class="heading" id="f1">Fixture <a class="heading-anchor" href="#f1">#</a></h2>
<h3>Three</h3><h4>Four</h4>
<p>Text with <code>inline</code> and <a href="https://example.com/">an outside link</a>.</p>
<ul><li><p>one</p><p>two</p></li><li>three</li></ul>
<ol><li>a</li><li>b</li></ol>
<blockquote><p>quote one</p><p>quote two</p></blockquote>
<p><img src="/icon.svg" width="40" height="40" alt=""></p>
<video width="40" height="20"></video>
<span class="legacy-embed">{% plugin %}</span>
<div class="video-embed"><iframe title="v"></iframe></div>
<dl><dt>term</dt><dd>definition</dd></dl>
<hr>
<table><thead><tr><th>h</th><th>h2</th></tr></thead><tbody><tr><td>d</td><td>d2</td></tr></tbody></table>
<pre><code>plain pre</code></pre>
<div class="code-block"><div class="code-block__bar"><span class="code-block__language">TS</span><button class="copy-button" type="button">Copy</button><button class="copy-button" hidden>x</button></div>
<pre class="shiki" style="--shiki-light:#111;--shiki-dark:#eee;--shiki-light-bg:#fff;--shiki-dark-bg:#000"><code><span style="--shiki-light:#a00;--shiki-dark:#0aa">const</span> x</code></pre></div>
<figure class="diagram"><div class="diagram__svg diagram__svg--light"><svg viewBox="0 0 10 10"></svg></div><div class="diagram__svg diagram__svg--dark"><svg viewBox="0 0 10 10"></svg></div></figure>
<section class="footnotes"><ol><li>note</li></ol></section>`

export const inMain = `
<nav class="series"><p class="series__title">Part of <strong>S</strong></p><ol><li><a aria-current="page" href="#">one</a></li><li><a href="#">two</a></li></ol></nav>
<p class="edit-link"><a href="#">Edit</a> <span class="edit-link__where">on host</span></p>
<section class="comments"><h2>Comments</h2><div class="comments__frame"><iframe title="c"></iframe></div></section>
<aside class="related"><h2>Related</h2><ul><li><a href="#">r</a></li></ul></aside>
<nav class="post-nav"><a href="#"><span class="post-nav__label">Previous</span>p</a><a class="post-nav__next" href="#"><span class="post-nav__label">Next</span>n</a></nav>
<nav class="pagination"><a href="#">1</a></nav>
<div class="listing"><header class="listing__header"><h1>Listing</h1><p class="lede">Lede</p></header>
<p class="listing__subtitle">Sub</p>
<ul class="post-list"><li><article class="post-card"><h2 class="post-card__title"><a href="#">Card</a></h2><div class="post-meta"><p>meta <span class="draft-badge">Draft</span></p></div><div class="post-card__excerpt prose"><p>ex</p></div></article></li><li><article class="post-card"><h2 class="post-card__title"><a href="#">Card 2</a></h2></article></li></ul>
<ul class="tag-cloud"><li><a class="tag pill" href="#">t <span class="tag__count">3</span></a></li></ul>
<div class="author-card"><img class="author-card__avatar" src="/icon.svg" width="40" height="40" alt=""><ul class="author-card__links"><li><a href="#">l</a></li></ul></div>
<ul class="author-list"><li><a href="#">a</a></li></ul>
<div class="archive-year"><h2>2016</h2><ul class="archive-list"><li><time>June 20, 2016</time> <a href="#">x</a></li></ul></div>
</div>
<div class="listing not-found"><form class="search-form"><label for="fq">Search</label><div class="search-form__row"><input id="fq" name="q"><button>Go</button></div></form></div>
<span class="sr-only">hidden</span>
<img class="site-title__logo" src="/icon.svg" alt="">
<nav class="toc"><p class="toc__title">Contents</p><ol><li><a href="#">a</a><ol class="toc__sub"><li><a href="#">b</a></li></ol></li></ol></nav>`
