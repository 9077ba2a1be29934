const t0 = performance.now();
const { detectNeeds } = await import('../lib/needs');
const t1 = performance.now();
detectNeeds('x');
const t2 = performance.now();
detectNeeds('Dettes de loyer, pas de permis');
const t3 = performance.now();
console.log(`import ${(t1 - t0).toFixed(1)} first ${(t2 - t1).toFixed(1)} second ${(t3 - t2).toFixed(1)}`);
